# case: sums per-beam transmit power with a generator expression over tensor rows and normalises to the power budget -> generator expression in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamPowerNormalizer(nn.Cell):
    def __init__(self, num_beams=4, budget_w=200.0):
        super().__init__()
        self.num_beams = num_beams
        self.budget = budget_w

    def construct(self, beam_gain, user_demand):
        per_beam = beam_gain * user_demand
        total = sum(per_beam[b].sum() for b in range(self.num_beams))
        scale = self.budget / (total + 1e-6)
        return per_beam * scale


def make():
    np.random.seed(15)
    gain = Tensor(np.random.uniform(0.1, 1.0, size=(4, 6)).astype(np.float32))
    dem = Tensor(np.random.uniform(1, 10, size=(4, 6)).astype(np.float32))
    return BeamPowerNormalizer(), (gain, dem)
