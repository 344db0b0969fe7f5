# case: span masking picks the k highest random scores where k is computed from the count of non-pad tokens -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScoreBasedMasking(nn.Cell):
    def __init__(self, mask_ratio=0.25, pad_id=0, mask_id=1):
        super().__init__()
        self.mask_ratio = mask_ratio
        self.pad_id = pad_id
        self.mask_id = mask_id

    def num_to_mask(self, ids):
        valid = (ids != self.pad_id).astype(ms.float32).sum()
        return ops.maximum(ops.floor(valid * self.mask_ratio), 1.0).astype(ms.int32)

    def construct(self, ids):
        flat = ids.reshape(-1)
        scores = ops.rand(flat.shape) * (flat != self.pad_id).astype(ms.float32)
        k = self.num_to_mask(flat)
        _, positions = ops.topk(scores, k)
        updates = ops.full(positions.shape, self.mask_id, dtype=ms.int32)
        masked = ops.tensor_scatter_update(flat, positions.reshape(-1, 1), updates)
        return masked.reshape(ids.shape)


def make():
    np.random.seed(16)
    ids = np.random.randint(2, 50, (2, 8)).astype(np.int32)
    ids[1, 6:] = 0
    return ScoreBasedMasking(), (Tensor(ids),)
