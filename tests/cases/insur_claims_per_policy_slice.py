# case: sum the first n claim amounts of a policy where n is read from a claim-count tensor -> slice length from tensor value, dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyClaimAggregator(nn.Cell):
    """Aggregates the recorded claims of one policy up to its reported claim count."""

    def __init__(self, deductible=250.0):
        super().__init__()
        self.deductible = deductible

    def net_of_deductible(self, amounts):
        return ops.relu(amounts - self.deductible)

    def construct(self, claim_amounts, n_claims):
        n = n_claims[0]
        reported = claim_amounts[:n]
        net = self.net_of_deductible(reported)
        return net.sum(), net.mean()


def make():
    np.random.seed(0)
    amounts = Tensor(np.random.gamma(2.0, 800.0, size=(12,)).astype(np.float32))
    counts = Tensor(np.array([7], dtype=np.int32))
    return PolicyClaimAggregator(), (amounts, counts)
