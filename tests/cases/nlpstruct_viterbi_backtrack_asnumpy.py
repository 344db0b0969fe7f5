# case: CRF Viterbi decoding, backpointer traceback done in NumPy via .asnumpy() -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ViterbiDecoder(nn.Cell):
    def __init__(self, num_tags=4, pad_tag=0):
        super().__init__()
        self.num_tags = num_tags
        self.pad_tag = pad_tag
        rng = np.random.RandomState(1)
        self.transitions = Parameter(Tensor(rng.randn(num_tags, num_tags).astype(np.float32)), name="trans")

    def _forward_max(self, emissions):
        seq_len = emissions.shape[1]
        score = emissions[:, 0]
        backpointers = []
        for t in range(1, seq_len):
            cand = score.expand_dims(2) + self.transitions.expand_dims(0)
            best_prev = cand.argmax(1)
            score = cand.max(axis=1) + emissions[:, t]
            backpointers.append(best_prev)
        return score, ops.stack(backpointers, 1)

    def construct(self, emissions):
        score, history = self._forward_max(emissions)
        best_last = score.argmax(-1)
        # trace back on host, the way most CRF reference code does it
        hist = history.asnumpy()
        last = best_last.asnumpy()
        batch, steps = hist.shape[0], hist.shape[1]
        paths = np.zeros((batch, steps + 1), np.int32)
        paths[:, -1] = last
        for t in range(steps - 1, -1, -1):
            paths[:, t] = hist[np.arange(batch), t, paths[:, t + 1]]
        return Tensor(paths)


def make():
    np.random.seed(0)
    emissions = Tensor(np.random.randn(2, 7, 4).astype(np.float32))
    return ViterbiDecoder(), (emissions,)
