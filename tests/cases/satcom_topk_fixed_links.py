# case: keeps the k strongest links per terminal with topk where k comes from the constructor, and gathers their beam ids -> constant k, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKLinkSelector(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.k = k

    def construct(self, link_snr, beam_ids):
        values, idx = ops.topk(link_snr, self.k, dim=-1)
        chosen_beams = ops.gather_elements(beam_ids, 1, idx)
        weights = ops.softmax(values, axis=-1)
        return chosen_beams, weights


def make():
    np.random.seed(32)
    snr = Tensor(np.random.uniform(0, 20, size=(4, 10)).astype(np.float32))
    beams = Tensor(np.random.randint(0, 16, size=(4, 10)).astype(np.int32))
    return TopKLinkSelector(), (snr, beams)
