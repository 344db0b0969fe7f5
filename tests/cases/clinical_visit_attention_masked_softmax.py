# case: RETAIN-style reverse-time visit attention with masked softmax over padded visits -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSoftmax(nn.Cell):
    def __init__(self, axis=-1, neg_inf=-1e9):
        super().__init__()
        self.axis = axis
        self.neg_inf = neg_inf

    def construct(self, logits, mask):
        logits = ops.masked_fill(logits, mask == 0, self.neg_inf)
        return ops.softmax(logits, self.axis) * mask


class RetainLike(nn.Cell):
    def __init__(self, vocab=40, dim=16, reverse_time=True):
        super().__init__()
        self.embed = nn.Dense(vocab, dim, has_bias=False)
        self.alpha_rnn = nn.GRU(dim, dim, batch_first=True)
        self.alpha = nn.Dense(dim, 1)
        self.beta = nn.Dense(dim, dim)
        self.softmax = MaskedSoftmax()
        self.reverse_time = reverse_time
        self.out = nn.Dense(dim, 1)

    def construct(self, multi_hot, visit_mask):
        v = self.embed(multi_hot)
        if self.reverse_time:
            v = ops.flip(v, (1,))
            visit_mask = ops.flip(visit_mask, (1,))
        g, _ = self.alpha_rnn(v)
        a = self.softmax(self.alpha(g).squeeze(-1), visit_mask)
        b = ops.tanh(self.beta(g))
        context = (a.expand_dims(-1) * b * v).sum(1)
        return self.out(context)


def make():
    np.random.seed(13)
    mh = Tensor((np.random.rand(2, 5, 40) > 0.9).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]], np.float32))
    return RetainLike(), (mh, mask)
