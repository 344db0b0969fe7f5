# case: builds a plain Python DefectReport object from tensors inside construct and returns its fields -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DefectReport:
    def __init__(self, score, area):
        self.score = score
        self.area = area
        self.is_defective = False

    def finalize(self, threshold):
        self.is_defective = self.score > threshold
        return self


class InspectionHead(nn.Cell):
    def __init__(self, threshold=0.5, top_k=4):
        super().__init__()
        self.threshold = threshold
        self.top_k = top_k

    def construct(self, amap):
        flat = amap.reshape(-1)
        top, _ = ops.topk(flat, self.top_k)
        score = top.mean()
        area = (amap > self.threshold).astype(ms.float32).sum()
        report = DefectReport(score, area)
        report = report.finalize(self.threshold)
        return report.score, report.area, report.is_defective


def make():
    np.random.seed(11)
    amap = np.random.rand(8, 8).astype(np.float32)
    return InspectionHead(), (Tensor(amap),)
