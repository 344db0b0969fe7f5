# case: BERT4Rec cloze masking picks the number of positions to mask as int(mask_prob * padded sequence length), a shape value, and takes that many top noise positions -> k derived from a shape, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class ClozeConfig:
    def __init__(self, n_items=40, mask_prob=0.3, mask_token=None):
        self.n_items = n_items
        self.mask_prob = mask_prob
        self.mask_token = mask_token


class ClozeMasker(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.mask_prob = config.mask_prob
        self.mask_token = config.n_items + 1 if config.mask_token is None else config.mask_token

    def _n_to_mask(self, item_ids):
        seq_len = item_ids.shape[1]
        return max(1, int(seq_len * self.mask_prob))

    def construct(self, item_ids, noise):
        noise = ops.masked_fill(noise, item_ids == PAD_ID, -1.0)
        k = self._n_to_mask(item_ids)
        _, pos = ops.topk(noise, k)
        hit = ops.one_hot(pos, item_ids.shape[1], Tensor(1, ms.int32), Tensor(0, ms.int32)).sum(axis=1) > 0
        hit = ops.logical_and(hit, item_ids != PAD_ID)
        masked = ops.where(hit, ops.full_like(item_ids, self.mask_token), item_ids)
        labels = ops.where(hit, item_ids, ops.zeros_like(item_ids))
        return masked, labels


def make():
    np.random.seed(3601)
    ids = np.random.randint(1, 41, size=(3, 10)).astype(np.int32)
    ids[1, :3] = PAD_ID
    noise = np.random.rand(3, 10).astype(np.float32)
    return ClozeMasker(ClozeConfig()), (Tensor(ids), Tensor(noise))
