# case: accumulates refinement patches chosen by index, skipping repeated ids with a Python set of int(tensor) values -> set and int() of tensor elements in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SelectedPatchMerger(nn.Cell):
    def __init__(self, num_select=6):
        super().__init__()
        self.num_select = num_select

    def construct(self, patches, patch_ids):
        # patches: (N, P, P), patch_ids: (num_select,) int32 possibly with repeats
        seen = set()
        acc = ops.zeros_like(patches[0])
        for i in range(self.num_select):
            pid = int(patch_ids[i])
            if pid not in seen:
                seen.add(pid)
                acc = acc + patches[pid]
        return acc / len(seen)


def make():
    np.random.seed(18)
    patches = Tensor(np.random.rand(9, 4, 4).astype(np.float32))
    ids = Tensor(np.array([3, 1, 3, 7, 1, 0], np.int32))
    return SelectedPatchMerger(), (patches, ids)
