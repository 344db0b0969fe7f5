# case: @ms.jit test-time flip helper that undoes the augmentation flip of the seg logits along the axis stored in the img_meta flip_direction tensor (int() of tensor) -> flip dims come from tensor data (rejected or dynamic)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

FLIP_AXES = {0: 3, 1: 2}
ALIGN_CORNERS = False


def to_spatial_axis(direction):
    return FLIP_AXES.get(direction, 3)


@ms.jit
def unflip_and_resize(seg_logit, flip_direction, out_hw):
    axis = to_spatial_axis(int(flip_direction))
    seg_logit = ops.flip(seg_logit, dims=(axis,))
    seg_logit = ops.interpolate(seg_logit, size=out_hw.shape, mode="bilinear", align_corners=ALIGN_CORNERS)
    return ops.softmax(seg_logit, axis=1)


def make():
    np.random.seed(3467)
    logit = Tensor(np.random.randn(1, 4, 12, 12).astype(np.float32))
    direction = Tensor(1, ms.int32)
    out_hw = Tensor(np.zeros((24, 24), dtype=np.float32))
    return unflip_and_resize, (logit, direction, out_hw)
