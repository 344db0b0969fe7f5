# case: jitted post-processing crops the upscaled batch back to the valid (unpadded) region whose size is passed as a tensor from the data loader -> slice bounds from tensor values via int(), expected dynamic/error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCALE = 2
CLAMP_RANGE = (0.0, 1.0)


def valid_extent(valid_hw, scale):
    return int(valid_hw[0]) * scale, int(valid_hw[1]) * scale


@ms.jit
def postprocess_sr(sr, valid_hw):
    h, w = valid_extent(valid_hw, SCALE)
    sr = sr[:, :, :h, :w]
    return ops.clamp(sr, CLAMP_RANGE[0], CLAMP_RANGE[1])


def make():
    np.random.seed(32)
    sr = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32) * 1.2)
    valid_hw = Tensor(np.array([7, 6], np.int32))
    return postprocess_sr, (sr, valid_hw)
