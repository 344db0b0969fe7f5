# case: listwise scorer loops over the number of real candidates given as a tensor and collects per-doc max-sim scores in a list -> loop count from data, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ListConfig:
    hidden_size = 16
    dim = 8
    max_candidates = 6


def maxsim(q, d):
    return ops.matmul(q, d.T).max(axis=-1).sum()


class CandidateListScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.dim)
        self.max_candidates = config.max_candidates

    def construct(self, q_hidden, cand_hidden, num_candidates):
        q = self.proj(q_hidden)
        cands = self.proj(cand_hidden)
        scores = []
        for i in range(int(num_candidates)):
            scores.append(maxsim(q, cands[i]))
        return ops.stack(scores)


def make():
    np.random.seed(36)
    qh = Tensor(np.random.randn(4, 16).astype(np.float32))
    ch = Tensor(np.random.randn(6, 7, 16).astype(np.float32))
    n = Tensor(np.array(4, np.int32))
    return CandidateListScorer(ListConfig()), (qh, ch, n)
