# case: counts adverse reactions per MedDRA preferred-term code in a dict keyed by int() of tensor elements inside construct -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReactionTally(nn.Cell):
    def __init__(self, n_reports=8):
        super().__init__()
        self.n_reports = n_reports

    def construct(self, pt_codes, seriousness):
        counts = {}
        serious = {}
        for i in range(self.n_reports):
            code = int(pt_codes[i])
            counts[code] = counts.get(code, 0) + 1
            serious[code] = serious.get(code, 0) + int(seriousness[i])
        best = max(counts, key=counts.get)
        return Tensor([best, counts[best], serious[best]], ms.int32)


def make():
    np.random.seed(17)
    codes = np.array([10019211, 10028813, 10019211, 10047700, 10028813, 10019211, 10012735, 10047700], np.int32)
    ser = np.random.randint(0, 2, size=8).astype(np.int32)
    return ReactionTally(), (Tensor(codes), Tensor(ser))
