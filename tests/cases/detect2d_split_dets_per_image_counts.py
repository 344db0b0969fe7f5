# case: batch-flattened detections split back per image using per-image counts converted with tolist() -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerImageSplitter(nn.Cell):
    def __init__(self, batch_size=3, pad_to=6):
        super().__init__()
        self.batch_size = batch_size
        self.pad_to = pad_to

    def counts_per_image(self, batch_idx):
        onehot = ops.one_hot(batch_idx, self.batch_size, Tensor(1, ms.int32), Tensor(0, ms.int32))
        return onehot.sum(axis=0)

    def construct(self, dets, batch_idx):
        counts = self.counts_per_image(batch_idx)
        per_image = ops.split(dets, counts.tolist(), axis=0)
        padded = []
        for d in per_image:
            pad = ops.zeros((self.pad_to - d.shape[0], dets.shape[1]), dets.dtype)
            padded.append(ops.concat([d, pad], axis=0))
        return ops.stack(padded)


def make():
    np.random.seed(38)
    dets = Tensor(np.random.rand(10, 5).astype(np.float32))
    batch_idx = Tensor(np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 2], np.int32))
    return PerImageSplitter(), (dets, batch_idx)
