# case: survival risk score with optional baseline-lab covariates handled by an `is None` test and a use_labs constructor flag -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoxRiskScore(nn.Cell):
    def __init__(self, n_demo=3, n_labs=4, use_labs=True):
        super().__init__()
        self.use_labs = use_labs
        self.demo_beta = nn.Dense(n_demo, 1, has_bias=False)
        self.lab_beta = nn.Dense(n_labs, 1, has_bias=False)

    def construct(self, demographics, labs=None):
        lp = self.demo_beta(demographics)
        if self.use_labs and labs is not None:
            lp = lp + self.lab_beta(labs)
        return lp.squeeze(-1)


class CoxPartialLoss(nn.Cell):
    def __init__(self, scorer):
        super().__init__()
        self.scorer = scorer

    def construct(self, demographics, events, labs=None):
        # rows assumed sorted by descending follow-up time
        lp = self.scorer(demographics, labs)
        log_risk_set = ops.log(ops.cumsum(ops.exp(lp), 0))
        return -((lp - log_risk_set) * events).sum() / ops.maximum(events.sum(), 1.0)


def make():
    np.random.seed(36)
    demo = np.random.randn(10, 3).astype(np.float32)
    ev = np.random.binomial(1, 0.5, size=10).astype(np.float32)
    return CoxPartialLoss(CoxRiskScore()), (Tensor(demo), Tensor(ev), None)
