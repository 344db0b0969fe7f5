# case: builds a 2.5D training stack by keeping only the axial slices that contain annotations (argwhere + gather) -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabelledSliceSelector(nn.Cell):
    def __init__(self, context=1, min_voxels=1):
        super().__init__()
        self.context = context
        self.min_voxels = min_voxels

    def _slice_ids(self, label):
        per_slice = (label > 0).astype(ms.int32).sum(axis=(1, 2))
        return ops.argwhere(per_slice >= self.min_voxels).reshape(-1)

    def construct(self, image, label):
        # image/label: (D, H, W)
        ids = self._slice_ids(label)
        depth = image.shape[0]
        neighbours = []
        for off in range(-self.context, self.context + 1):
            nid = ops.clamp(ids + off, 0, depth - 1)
            neighbours.append(ops.gather(image, nid, 0))
        stack = ops.stack(neighbours, axis=1)
        return stack, ops.gather(label, ids, 0)


def make():
    np.random.seed(0)
    img = Tensor(np.random.rand(8, 6, 6).astype(np.float32))
    lab = np.zeros((8, 6, 6), dtype=np.int32)
    lab[2:5, 1:4, 1:4] = 1
    return LabelledSliceSelector(), (img, Tensor(lab))
