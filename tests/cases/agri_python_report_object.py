# case: builds a plain Python FieldReport object in construct, sets tensor fields on it and returns it -> custom Python class instance created and returned from graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FieldReport:
    def __init__(self):
        self.cover = None
        self.weed_ratio = None


class FieldSurvey(nn.Cell):
    def __init__(self, crop_class=1, weed_class=2):
        super().__init__()
        self.crop_class = crop_class
        self.weed_class = weed_class

    def construct(self, seg):
        report = FieldReport()
        crop = (seg == self.crop_class).astype(ms.float32).mean()
        weed = (seg == self.weed_class).astype(ms.float32).mean()
        report.cover = crop + weed
        report.weed_ratio = weed / (crop + weed + 1e-6)
        return report


def make():
    np.random.seed(22)
    seg = Tensor(np.random.randint(0, 3, size=(10, 10)).astype(np.int32))
    return FieldSurvey(), (seg,)
