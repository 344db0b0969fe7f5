"""Tests of the example Cells, run eagerly (PyNative) as most projects run theirs.

`msgraph-lint --probe --probe-tests examples/tests examples/` runs them with
the probe's pytest plugin, which compiles each Cell these tests call, with the
inputs they call it with, in GRAPH_MODE.
"""
import numpy as np
import mindspore as ms

from clean_model import CleanHead
from control_flow import Accumulate, GrowOrKeep, SameShape
from dynamic_shapes import Best, Confident, KeepFirst, Labels
from graph_syntax import Guarded, ToHost
from user_classes import Boxed, Scaled


def scores():
    return ms.Tensor(np.linspace(0, 1, 160, dtype=np.float32).reshape(16, 10))


def ones(*shape):
    return ms.Tensor(np.ones(shape, np.float32))


def test_detection_head():
    boxes = ms.Tensor(np.arange(64, dtype=np.float32).reshape(16, 4))
    assert KeepFirst()(boxes, ms.Tensor(4, ms.int64)).shape == (4, 4)
    assert (Confident()(scores()) > 0.5).all()
    assert Labels()(scores()).shape[0] >= 1
    best, top = Best()(scores(), ms.Tensor(3, ms.int64))
    assert best.shape == (16, 3) and top.shape == (16, 8)


def test_control_flow():
    assert GrowOrKeep()(ones(2, 3)).shape == (4, 3)
    assert Accumulate()(ones(2, 3), ms.Tensor(20.0, ms.float32)).shape[1] == 3
    assert SameShape()(ones(2, 3)).shape == (2, 3)


def test_graph_syntax():
    assert Guarded()(ones(2, 3)).shape == (2, 3)
    assert ToHost()(ones(2, 3)).shape == (2, 3)


def test_user_classes():
    assert Boxed()(ones(2, 2)).shape == (2, 2)
    assert Scaled()(ones(2, 2), ms.Tensor(2.0, ms.float32)).shape == (2, 2)


def test_clean_head():
    outputs = CleanHead()(ones(8, 4), ms.Tensor(1, ms.int32))
    assert outputs[0].shape == (4, 4)
