# case: slice a precomputed forecast stack to a lead time given as a tensor (frames[:, :lead]) -> slice bound from tensor value, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadTimeCropper(nn.Cell):
    def __init__(self, minutes_per_step=10):
        super().__init__()
        self.minutes_per_step = minutes_per_step

    def steps_for(self, lead_minutes):
        return lead_minutes // self.minutes_per_step

    def construct(self, forecast, lead_minutes):
        # forecast: (B, T, H, W)
        n = self.steps_for(lead_minutes)
        cropped = forecast[:, :n]
        accum = cropped.sum(axis=1)
        return accum


def make():
    np.random.seed(2)
    forecast = Tensor(np.random.rand(2, 12, 8, 8).astype(np.float32))
    lead = Tensor(60, ms.int32)
    return LeadTimeCropper(), (forecast, lead)
