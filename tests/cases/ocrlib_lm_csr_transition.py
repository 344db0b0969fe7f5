# case: CTC rescoring with a sparse character-bigram prior held as a CSRTensor built in construct and applied to the step probabilities with CSRTensor.mv -> sparse op in Graph mode, may be rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BigramConfig:
    num_classes = 12
    lm_weight = 0.3
    enable_lm = True


def _make_bigram(num_classes, seed=0):
    rng = np.random.RandomState(seed)
    dense = (rng.rand(num_classes, num_classes) > 0.7) * rng.rand(num_classes, num_classes)
    indptr = np.concatenate([[0], np.cumsum((dense > 0).sum(1))]).astype(np.int32)
    indices = np.nonzero(dense)[1].astype(np.int32)
    values = dense[dense > 0].astype(np.float32)
    return Tensor(indptr), Tensor(indices), Tensor(values)


class BigramRescorer(nn.Cell):
    def __init__(self, config=BigramConfig()):
        super().__init__()
        self.num_classes = config.num_classes
        self.lm_weight = config.lm_weight
        self.enable_lm = config.enable_lm
        self.indptr, self.indices, self.values = _make_bigram(config.num_classes)

    def _transition(self, prev_probs):
        csr = ms.CSRTensor(self.indptr, self.indices, self.values, (self.num_classes, self.num_classes))
        return csr.mv(prev_probs.reshape(-1, 1)).reshape(-1)

    def construct(self, step_probs):
        prev = step_probs[0]
        out = [prev]
        for t in range(1, step_probs.shape[0]):
            cur = step_probs[t]
            if self.enable_lm:
                cur = (1 - self.lm_weight) * cur + self.lm_weight * self._transition(prev)
            out.append(cur)
            prev = cur
        return ops.stack(out)


def make():
    np.random.seed(35)
    p = np.random.dirichlet(np.ones(12), size=6).astype(np.float32)
    return BigramRescorer(), (Tensor(p),)
