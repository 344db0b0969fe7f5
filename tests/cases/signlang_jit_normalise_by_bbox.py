# case: jit function normalising keypoints into their per-frame bounding box with min/max reductions and a confidence mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def bbox_normalise(kp, conf, thresh=0.3):
    # kp: (T, J, 2), conf: (T, J)
    valid = (conf > thresh).astype(ms.float32).expand_dims(-1)
    big = 1e4
    lo = (kp * valid + big * (1 - valid)).min(axis=1, keepdims=True)
    hi = (kp * valid - big * (1 - valid)).max(axis=1, keepdims=True)
    size = ops.maximum(hi - lo, 1e-3)
    return (kp - lo) / size * valid


def make():
    np.random.seed(41)
    kp = Tensor(np.random.rand(6, 21, 2).astype(np.float32))
    conf = Tensor(np.random.rand(6, 21).astype(np.float32))
    return bbox_normalise, (kp, conf)
