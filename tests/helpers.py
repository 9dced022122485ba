"""Assertions shared by the API test modules."""


def assert_problem(response, status: int) -> dict:
    """Every error is problem+json with type, title, status and detail, and never leaks a traceback."""
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.headers["Content-Type"].startswith("application/problem+json")
    body = response.get_json(force=True)
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    assert "Traceback" not in response.get_data(as_text=True)
    return body

