# case: die-cut nester pulls blank widths to a Python list with .tolist() and uses sum()/len() on it to get the web length and utilisation -> host round trip (tolist) in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WebLengthEstimator(nn.Cell):
    def __init__(self, gutter_mm=3.0, lead_in_mm=10.0, web_width_mm=330.0):
        super().__init__()
        self.gutter = gutter_mm
        self.lead_in = lead_in_mm
        self.web_width = web_width_mm

    def construct(self, blank_sizes):
        widths = blank_sizes[:, 0].tolist()
        web_len = self.lead_in + sum(widths) + self.gutter * (len(widths) - 1)
        blank_area = (blank_sizes[:, 0] * blank_sizes[:, 1]).sum()
        utilisation = blank_area / (web_len * self.web_width)
        return utilisation


def make():
    np.random.seed(34)
    sizes = np.random.uniform(40, 200, (9, 2)).astype(np.float32)
    return WebLengthEstimator(), (Tensor(sizes),)
