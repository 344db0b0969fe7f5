# case: @ms.jit image scorer forwards module-level keyword constants (k, largest) through **kwargs to a top-k mean over patch scores -> k is a python constant, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

SCORE_KWARGS = {"k": 5, "largest": True}


def topk_mean(scores, *args, **kwargs):
    values, _ = ops.topk(scores, *args, **kwargs)
    return values.mean(axis=-1)


def flatten_maps(*maps):
    return [m.reshape(m.shape[0], -1) for m in maps]


@ms.jit
def image_scores(anomaly_map, aux_map):
    flat, aux = flatten_maps(anomaly_map, aux_map)
    return topk_mean(flat, **SCORE_KWARGS) + 0.1 * topk_mean(aux, 3)


def make():
    np.random.seed(3676)
    amap = Tensor(np.random.rand(2, 1, 8, 8).astype(np.float32))
    aux = Tensor(np.random.rand(2, 1, 4, 4).astype(np.float32))
    return image_scores, (amap, aux)
