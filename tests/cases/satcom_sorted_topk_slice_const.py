# case: ranks visible satellites by elevation with sort and keeps a fixed number max_links via slicing with a constructor int -> slice bound is a Python constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiConnectivity(nn.Cell):
    def __init__(self, max_links=3, min_elev=10.0):
        super().__init__()
        self.max_links = max_links
        self.min_elev = min_elev

    def construct(self, elev, snr):
        masked_elev = ops.where(elev > self.min_elev, elev, ops.full_like(elev, -90.0))
        _, order = ops.sort(masked_elev, axis=-1, descending=True)
        keep = order[..., : self.max_links]
        chosen_snr = ops.gather_elements(snr, -1, keep)
        return keep, chosen_snr


def make():
    np.random.seed(43)
    elev = Tensor(np.random.uniform(-10, 80, size=(4, 9)).astype(np.float32))
    snr = Tensor(np.random.uniform(0, 20, size=(4, 9)).astype(np.float32))
    return MultiConnectivity(), (elev, snr)
