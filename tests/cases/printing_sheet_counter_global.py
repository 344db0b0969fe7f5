# case: defect-rate monitor increments a module-level sheet counter and defect tally inside construct -> global state mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SHEETS_INSPECTED = 0
DEFECT_TALLY = []


class DefectRateMonitor(nn.Cell):
    def __init__(self, spot_threshold=0.25):
        super().__init__()
        self.spot_threshold = spot_threshold

    def construct(self, sheet_gray, reference_gray):
        global SHEETS_INSPECTED
        spots = (ops.abs(sheet_gray - reference_gray) > self.spot_threshold).astype(ms.float32)
        count = spots.sum()
        SHEETS_INSPECTED = SHEETS_INSPECTED + 1
        DEFECT_TALLY.append(count)
        return count / spots.size


def make():
    np.random.seed(24)
    ref = np.full((20, 20), 0.85, np.float32)
    sheet = ref + np.random.normal(0, 0.12, ref.shape).astype(np.float32)
    return DefectRateMonitor(), (Tensor(sheet), Tensor(ref))
