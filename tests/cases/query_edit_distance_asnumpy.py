# case: rank spelling-correction candidates by Levenshtein distance computed in NumPy after .asnumpy() in construct -> host round trip in Graph mode, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def levenshtein(a, b):
    dp = np.arange(len(b) + 1)
    for i in range(1, len(a) + 1):
        prev, dp[0] = dp[0], i
        for j in range(1, len(b) + 1):
            cur = dp[j]
            dp[j] = min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] != b[j - 1]))
            prev = cur
    return dp[-1]


class SpellRanker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.softmax = nn.Softmax()

    def construct(self, query_chars, cand_chars):
        q = query_chars.asnumpy()
        cands = cand_chars.asnumpy()
        dists = np.array([levenshtein(q, c) for c in cands], dtype=np.float32)
        return self.softmax(Tensor(-dists))


def make():
    np.random.seed(7)
    q = np.random.randint(1, 27, size=(6,)).astype(np.int32)
    cands = np.tile(q, (4, 1))
    cands[1, 2] = 5
    cands[2, :2] = 9
    cands[3] = np.random.randint(1, 27, size=(6,))
    return SpellRanker(), (Tensor(q), Tensor(cands))
