# case: CRF tagger that caches the last decoded path and a call counter as attributes on self inside construct -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CRFTagger(nn.Cell):
    def __init__(self, hidden=8, num_tags=4, keep_last=True):
        super().__init__()
        self.emit = nn.Dense(hidden, num_tags)
        rng = np.random.RandomState(4)
        self.trans = Parameter(Tensor(rng.randn(num_tags, num_tags).astype(np.float32)), name="trans")
        self.keep_last = keep_last
        self.last_path = None
        self.num_calls = 0

    def _viterbi(self, em):
        score = em[:, 0]
        bps = []
        for t in range(1, em.shape[1]):
            cand = score.expand_dims(2) + self.trans
            bps.append(cand.argmax(1).astype(ms.int32))
            score = cand.max(axis=1) + em[:, t]
        best = score.argmax(-1).astype(ms.int32).expand_dims(1)
        path = [best]
        for bp in bps[::-1]:
            best = ops.gather_elements(bp, 1, best)
            path.insert(0, best)
        return ops.concat(path, 1)

    def construct(self, x):
        path = self._viterbi(self.emit(x))
        if self.keep_last:
            self.last_path = path
            self.num_calls += 1
        return path


def make():
    np.random.seed(0)
    return CRFTagger(), (Tensor(np.random.randn(2, 5, 8).astype(np.float32)),)
