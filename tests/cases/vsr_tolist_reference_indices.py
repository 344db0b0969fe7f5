# case: picks reference frames by converting a tensor of frame indices to a Python list with tolist and indexing the clip in a loop -> error (tolist of tensor data in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReferencePicker(nn.Cell):
    def __init__(self, mid=6):
        super().__init__()
        self.embed = nn.Conv2d(3, mid, 3, pad_mode="same")

    def construct(self, clip, ref_idx):
        # clip: (T, C, H, W); ref_idx: 1-D int tensor of reference positions
        refs = []
        for i in ref_idx.tolist():
            refs.append(clip[i])
        refs = ops.stack(refs, axis=0)
        return self.embed(refs).mean(axis=0)


def make():
    np.random.seed(24)
    clip = Tensor(np.random.rand(7, 3, 8, 8).astype(np.float32))
    idx = Tensor(np.array([0, 3, 6], np.int32))
    return ReferencePicker(), (clip, idx)
