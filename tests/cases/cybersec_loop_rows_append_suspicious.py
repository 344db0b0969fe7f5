# case: loop over flow rows, append rows whose byte ratio exceeds a threshold to a list, and stack the list for a downstream encoder -> list length depends on tensor values, graph error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExfiltrationCandidates(nn.Cell):
    def __init__(self, ratio_threshold=2.0, num_flows=8):
        super().__init__()
        self.ratio_threshold = ratio_threshold
        self.num_flows = num_flows
        self.encoder = nn.Dense(3, 4)

    def byte_ratio(self, row):
        return row[1] / (row[0] + 1.0)

    def construct(self, flows):
        picked = []
        for i in range(self.num_flows):
            row = flows[i]
            if self.byte_ratio(row) > self.ratio_threshold:
                picked.append(row)
        if len(picked) == 0:
            picked.append(ops.zeros((3,), ms.float32))
        batch = ops.stack(picked)
        return self.encoder(batch).mean(0)


def make():
    np.random.seed(18)
    flows = Tensor((np.random.rand(8, 3) * [1000, 4000, 60]).astype(np.float32))
    return ExfiltrationCandidates(), (flows,)
