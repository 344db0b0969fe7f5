# case: MLM masking that picks a fixed per-row budget from seq_len * ratio with topk over noise -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FixedBudgetMasker(nn.Cell):
    def __init__(self, mask_id=4, mask_ratio=0.3, pad_id=0, min_masks=1):
        super().__init__()
        self.mask_id = mask_id
        self.mask_ratio = mask_ratio
        self.pad_id = pad_id
        self.min_masks = min_masks

    def _budget(self, seq_len):
        return max(self.min_masks, int(seq_len * self.mask_ratio))

    def construct(self, token_ids, noise):
        batch, seq_len = token_ids.shape
        k = self._budget(seq_len)
        noise = ops.where(token_ids == self.pad_id, ops.full_like(noise, -1.0), noise)
        _, idx = ops.topk(noise, k)
        hit = ops.zeros((batch, seq_len), ms.float32)
        hit = ops.tensor_scatter_elements(hit, idx, ops.ones((batch, k), ms.float32), axis=1)
        hit = ops.logical_and(hit > 0, token_ids != self.pad_id)
        masked = ops.where(hit, ops.full_like(token_ids, self.mask_id), token_ids)
        labels = ops.where(hit, token_ids, ops.full_like(token_ids, -100))
        return masked, labels


def make():
    np.random.seed(23)
    ids = np.random.randint(5, 60, size=(2, 10)).astype(np.int32)
    ids[1, 7:] = 0
    return FixedBudgetMasker(), (Tensor(ids), Tensor(np.random.rand(2, 10).astype(np.float32)))
