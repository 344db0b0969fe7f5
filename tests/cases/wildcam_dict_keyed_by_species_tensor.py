# case: tally detections per species in a Python dict keyed by the predicted class id taken from the tensor -> error: dict keys from tensor values in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


SPECIES_NAMES = ("deer", "boar", "fox", "badger")


class SpeciesTally(nn.Cell):
    def __init__(self, num_species=4):
        super().__init__()
        self.num_species = num_species

    def construct(self, logits):
        pred = ops.argmax(logits, dim=1)
        tally = {}
        for i in range(logits.shape[0]):
            key = pred[i].item()
            tally[key] = tally.get(key, 0) + 1
        return tally


def make():
    np.random.seed(12)
    logits = Tensor(np.random.randn(5, 4).astype(np.float32))
    return SpeciesTally(), (logits,)
