# case: build a plain Python inspection-report object in construct and fill its fields with tensor results before returning it -> custom Python object created and mutated in graph mode errors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InspectionReport:
    def __init__(self):
        self.defect_area = None
        self.worst_row = None

    def as_tuple(self):
        return self.defect_area, self.worst_row


class LoomInspector(nn.Cell):
    def __init__(self, thr=0.7):
        super().__init__()
        self.thr = thr

    def construct(self, prob_map):
        report = InspectionReport()
        mask = (prob_map > self.thr).astype(ms.float32)
        report.defect_area = mask.sum()
        report.worst_row = ops.argmax(mask.sum(axis=1))
        return report.as_tuple()


def make():
    np.random.seed(12)
    prob_map = Tensor(np.random.rand(16, 24).astype(np.float32))
    return LoomInspector(), (prob_map,)
