# case: lab-value model that imputes with training means, appends missing indicators and time-since-measured features -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LabFeaturizer(nn.Cell):
    def __init__(self, lab_means, add_indicators=True, log_time=True):
        super().__init__()
        self.lab_means = Tensor(np.asarray(lab_means, np.float32))
        self.add_indicators = add_indicators
        self.log_time = log_time

    def construct(self, labs, missing, hours_since):
        filled = ops.where(missing > 0.5, self.lab_means.broadcast_to(labs.shape), labs)
        feats = [filled]
        if self.add_indicators:
            feats.append(missing)
        if self.log_time:
            feats.append(ops.log1p(hours_since))
        return ops.concat(feats, axis=-1)


class LabMortalityModel(nn.Cell):
    def __init__(self, n_labs=5, hidden=32):
        super().__init__()
        self.featurizer = LabFeaturizer([1.0, 4.1, 140.0, 0.9, 12.0])
        self.net = nn.SequentialCell([nn.Dense(3 * n_labs, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, labs, missing, hours_since):
        return self.net(self.featurizer(labs, missing, hours_since)).squeeze(-1)


def make():
    np.random.seed(7)
    labs = Tensor((np.random.randn(6, 5) + 3).astype(np.float32))
    missing = Tensor((np.random.rand(6, 5) > 0.6).astype(np.float32))
    hours = Tensor((np.random.rand(6, 5) * 48).astype(np.float32))
    return LabMortalityModel(), (labs, missing, hours)
