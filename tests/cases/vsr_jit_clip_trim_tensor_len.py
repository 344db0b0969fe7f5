# case: @ms.jit function that trims a clip to a tensor length and its reversed counterpart for bidirectional inference, slicing with a tensor stop index -> dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def trim_and_reverse(clip, length):
    # clip: (B, T_max, C, H, W), length: scalar int tensor
    trimmed = clip[:, :length]
    reversed_clip = ops.flip(trimmed, dims=(1,))
    motion = ops.abs(trimmed[:, 1:] - trimmed[:, :-1]).mean()
    return ops.cat((trimmed, reversed_clip), axis=1), motion


def make():
    np.random.seed(36)
    clip = Tensor(np.random.rand(1, 6, 3, 5, 5).astype(np.float32))
    return trim_and_reverse, (clip, Tensor(4, ms.int32))
