# case: pooling layer asserts every row of the attention mask is non-empty with an f-string showing the tensor -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPooler(nn.Cell):
    def __init__(self, hidden=12, out_dim=6, normalize=True, check_inputs=True):
        super().__init__()
        self.dense = nn.Dense(hidden, out_dim)
        self.normalize = normalize
        self.check_inputs = check_inputs

    def _check(self, attention_mask):
        counts = attention_mask.sum(-1)
        assert (counts > 0).all(), f"found an empty sequence in the batch, counts={counts}"
        return counts

    def construct(self, hidden_states, attention_mask):
        assert hidden_states.ndim == 3, "expected (batch, seq, hidden)"
        if self.check_inputs:
            counts = self._check(attention_mask)
        else:
            counts = attention_mask.sum(-1)
        mask = attention_mask.unsqueeze(-1).astype(hidden_states.dtype)
        pooled = (hidden_states * mask).sum(1) / counts.unsqueeze(-1).astype(hidden_states.dtype)
        out = self.dense(pooled)
        if self.normalize:
            out = out / ops.norm(out, dim=-1, keepdim=True)
        return out


def make():
    np.random.seed(13)
    hs = np.random.randn(2, 5, 12).astype(np.float32)
    mask = np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]], dtype=np.int32)
    return MaskedMeanPooler(), (Tensor(hs), Tensor(mask))
