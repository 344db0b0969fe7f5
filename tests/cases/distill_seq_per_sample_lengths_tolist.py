# case: sequence-level KD loops over samples using lengths.tolist() to slice each sequence to its true length and averages per-sample KL -> host conversion of a tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqLevelKD(nn.Cell):
    def __init__(self, temperature=1.5):
        super().__init__()
        self.t = temperature

    def seq_kl(self, s, t):
        p_t = ops.softmax(t / self.t, axis=-1)
        return (p_t * (ops.log(p_t + 1e-8) - ops.log_softmax(s / self.t, axis=-1))).sum(-1).mean()

    def construct(self, s_logits, t_logits, lengths):
        losses = []
        for b, n in enumerate(lengths.tolist()):
            losses.append(self.seq_kl(s_logits[b, :n], t_logits[b, :n]))
        return ops.stack(losses).mean()


def make():
    np.random.seed(39)
    s = Tensor(np.random.randn(3, 8, 11).astype(np.float32))
    t = Tensor(np.random.randn(3, 8, 11).astype(np.float32))
    lengths = Tensor(np.array([8, 5, 3], dtype=np.int32))
    return SeqLevelKD(), (s, t, lengths)
