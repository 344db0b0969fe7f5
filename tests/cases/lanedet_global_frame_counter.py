# case: an @ms.jit decode function increments a module-level frame counter and stores the last lane offsets in a global dict -> error or ignored global mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_STATS = {"frames": 0, "last_offset": None}


@ms.jit
def decode_offsets(anchor_xs, offsets, img_w):
    global FRAME_STATS
    xs = anchor_xs + offsets * img_w
    FRAME_STATS["frames"] = FRAME_STATS["frames"] + 1
    FRAME_STATS["last_offset"] = offsets.mean()
    return ops.clamp(xs, 0.0, img_w - 1.0)


def make():
    np.random.seed(14)
    anchors = Tensor(np.linspace(100, 700, 18).astype(np.float32))
    offs = Tensor((np.random.randn(18) * 0.02).astype(np.float32))
    return decode_offsets, (anchors, offs, 800.0)
