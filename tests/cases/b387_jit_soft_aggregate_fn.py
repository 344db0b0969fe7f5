# case: module-level @ms.jit soft-aggregation function over a stacked object probability tensor, with a keyword eps and a module constant for the background channel -> pure tensor math on fixed shapes; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BG_INDEX = 0
DEFAULT_EPS = 1e-7


def _to_logits(p, eps):
    p = ops.clip_by_value(p, eps, 1 - eps)
    return ops.log(p / (1 - p))


@ms.jit
def soft_aggregate(prob, eps=DEFAULT_EPS):
    # prob: O, H, W -> (O+1), H, W probabilities with background at BG_INDEX
    num_objects = prob.shape[0]
    bg = ops.prod(1 - prob, 0, True)
    stacked = ops.concat((bg, prob), axis=BG_INDEX)
    logits = _to_logits(stacked, eps)
    out = ops.softmax(logits, axis=0)
    assert out.shape[0] == num_objects + 1
    return out


def make():
    np.random.seed(3908)
    prob = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    return soft_aggregate, (prob,)
