# case: halves the sequence length when the batch's real token count exceeds a budget (tensor condition, different shapes per branch) -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BudgetedSequenceModel(nn.Cell):
    """Caps compute on long batches by truncating to half the padded length."""

    def __init__(self, dim=4, token_budget=12):
        super().__init__()
        self.token_budget = token_budget
        self.encoder = nn.Dense(dim, dim)
        self.head = nn.Dense(dim, 2)

    def masked_mean(self, h, lengths):
        seq_len = h.shape[1]
        pos = ops.arange(seq_len, dtype=ms.int32).view(1, -1)
        mask = (pos < lengths.view(-1, 1)).astype(ms.float32).expand_dims(-1)
        return (h * mask).sum(axis=1) / ops.clamp(mask.sum(axis=1), min=1.0)

    def construct(self, x, lengths):
        total_tokens = lengths.sum()
        if total_tokens > self.token_budget:
            half = x.shape[1] // 2
            x = x[:, :half]
            lengths = ops.clamp(lengths, max=half)
        h = ops.tanh(self.encoder(x))
        return self.head(self.masked_mean(h, lengths))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(3, 8, 4).astype(np.float32))
    lengths = Tensor(np.array([8, 5, 6], dtype=np.int32))
    return BudgetedSequenceModel(), (x, lengths)
