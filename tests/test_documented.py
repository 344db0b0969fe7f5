"""Documented construct argument types (msgraph_lint.values.documented)."""
import ast

import pytest

from msgraph_lint.values.documented import documented_types, python_kind


@pytest.mark.parametrize("text, kind", [
    ("int", "scalar"),
    ("int, optional", "scalar"),
    ("Union[int, None]", "scalar"),
    ("bool", "scalar"),
    ("float", "scalar"),
    ("str", ""),
    ("tuple[int]", ""),
    ("Tuple[int, int]", ""),
    ("list of int", ""),
    # a bare container often holds tensors: not known
    ("tuple", None),
    ("`dict`, *optional*", None),
    ("List[dict]", None),
    # anything naming a tensor, an array or another class
    ("Tensor", None),
    ("Union[Tensor, int]", None),
    ("numpy.ndarray", None),
    ("TransformerConfig", None),
    ("None", None),
])
def test_python_kind(text, kind):
    assert python_kind(text) == kind


def _parse(source):
    cls = ast.parse(source).body[0]
    construct = next(n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "construct")
    return construct, cls


def test_class_inputs_section_and_construct_args():
    construct, cls = _parse('''
class Net(nn.Cell):
    """A net.

    Args:
        kmax (Tensor): the constructor's argument of the same name is not construct's

    Inputs:
        - **x** (Tensor) - The input.
        - **kmax** (int) - Largest neighbour count.
        - **dim_size** (int, optional): Output rows. Default: ``None``.

    Outputs:
        - **y** (int) - not an input.
    """

    def construct(self, x, kmax, dim_size=None, y=None):
        """Run.

        Args:
            y (bool): a switch.
        """
''')
    found = documented_types(construct, cls)
    assert found == {"x": "Tensor", "kmax": "int", "dim_size": "int, optional", "y": "bool"}


def test_other_methods_read_only_their_own_docstring():
    construct, cls = _parse('''
class Net(nn.Cell):
    """Inputs:
        - **x** (int) - read for construct only.
    """

    def helper(self, x):
        pass

    def construct(self, x):
        pass
''')
    helper = cls.body[1]
    assert documented_types(helper, cls) == {}
    assert documented_types(construct, cls) == {"x": "int"}


@pytest.mark.parametrize("text, host", [
    ("numpy.ndarray", True), ("np.ndarray, optional", True), ("PIL Image", True), ("PIL.Image.Image", True),
    ("Tensor or numpy.ndarray", False), ("ndarray of Tensor", False), ("Tensor", False), ("int", False),
    ("array", False),
])
def test_documented_host_data(text, host):
    """A NumPy array or a PIL image handed to the top-level graph is folded: not tensor data."""
    from msgraph_lint.values.documented import host_data

    assert host_data(text) is host
