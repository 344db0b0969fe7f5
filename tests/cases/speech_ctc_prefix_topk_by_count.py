# case: CTC pruning keeps as many candidate tokens per frame as there are tokens above a probability floor, via topk with k from data -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CTCPruner(nn.Cell):
    def __init__(self, dim=8, vocab=12, prob_floor=0.05, max_k=6):
        super().__init__()
        self.out = nn.Dense(dim, vocab)
        self.log_floor = float(np.log(prob_floor))
        self.max_k = max_k

    def num_candidates(self, logp):
        n = (logp > self.log_floor).astype(ms.int32).sum()
        return ops.minimum(n, self.max_k)

    def construct(self, enc):
        logp = ops.log_softmax(self.out(enc), axis=-1)
        frame_best = logp.max(axis=0)
        k = self.num_candidates(frame_best)
        vals, idx = ops.topk(frame_best, int(k))
        return vals, idx


def make():
    np.random.seed(13)
    enc = Tensor(np.random.randn(5, 8).astype(np.float32))
    return CTCPruner(), (enc,)
