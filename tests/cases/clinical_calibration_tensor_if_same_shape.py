# case: temperature-scaled risk that branches on a tensor value (batch mean risk) but both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemperatureScaler(nn.Cell):
    def __init__(self, init_t=1.0):
        super().__init__()
        self.log_t = ms.Parameter(Tensor(np.log(init_t), ms.float32), name="log_t")

    def construct(self, logits):
        return logits / ops.exp(self.log_t)


class PrevalenceAdjustedRisk(nn.Cell):
    def __init__(self, n_features=7, train_prevalence=0.1, deploy_prevalence=0.05, max_mean_risk=0.5):
        super().__init__()
        self.net = nn.Dense(n_features, 1)
        self.scaler = TemperatureScaler(1.3)
        self.shift = float(np.log(deploy_prevalence / (1 - deploy_prevalence))
                           - np.log(train_prevalence / (1 - train_prevalence)))
        self.max_mean_risk = max_mean_risk

    def construct(self, x):
        logits = self.scaler(self.net(x).squeeze(-1))
        risk = ops.sigmoid(logits + self.shift)
        if risk.mean() > self.max_mean_risk:
            risk = risk * (self.max_mean_risk / risk.mean())
        else:
            risk = ops.clamp(risk, 1e-4, 1 - 1e-4)
        return risk


def make():
    np.random.seed(40)
    x = Tensor((np.random.randn(8, 7) + 1.0).astype(np.float32))
    return PrevalenceAdjustedRisk(), (x,)
