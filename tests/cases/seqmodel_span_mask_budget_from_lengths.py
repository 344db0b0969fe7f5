# case: MLM masking whose number of masked tokens is derived from the true lengths, picked via topk -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MlmMasker(nn.Cell):
    def __init__(self, mask_id=4, mask_ratio=0.25, pad_id=0):
        super().__init__()
        self.mask_id = mask_id
        self.mask_ratio = mask_ratio
        self.pad_id = pad_id

    def _budget(self, token_ids):
        n_real = (token_ids != self.pad_id).astype(ms.float32).sum()
        return ops.ceil(n_real * self.mask_ratio).astype(ms.int32)

    def construct(self, token_ids, noise):
        flat = token_ids.reshape(-1)
        scores = ops.where(flat != self.pad_id, noise.reshape(-1), ops.full_like(noise.reshape(-1), -1.0))
        k = self._budget(token_ids)
        _, idx = ops.topk(scores, k)
        mask_tok = ops.full((idx.shape[0],), self.mask_id, dtype=flat.dtype)
        masked = ops.tensor_scatter_update(flat, idx.expand_dims(-1), mask_tok)
        return masked.reshape(token_ids.shape), idx


def make():
    np.random.seed(11)
    ids = np.random.randint(5, 60, size=(2, 8)).astype(np.int32)
    ids[1, 5:] = 0
    noise = np.random.rand(2, 8).astype(np.float32)
    return MlmMasker(), (Tensor(ids), Tensor(noise))
