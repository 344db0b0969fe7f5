# case: loop over the cave's wheels and append only those whose rind moisture exceeds the limit to a list before stacking -> list length depends on tensor-valued if, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_WHEELS = 8


class WetRindReport(nn.Cell):
    def __init__(self, moisture_limit=0.46):
        super().__init__()
        self.limit = moisture_limit
        self.encode = nn.Dense(3, 4)

    def construct(self, wheel_feats):
        # wheel_feats: (N_WHEELS, 3) = rind moisture, surface temp, days since turning
        flagged = []
        for i in range(N_WHEELS):
            if wheel_feats[i, 0] > self.limit:
                flagged.append(self.encode(wheel_feats[i:i + 1]))
        if len(flagged) == 0:
            return ops.zeros((1, 4), ms.float32)
        return ops.concat(flagged, axis=0)


def make():
    np.random.seed(3234)
    feats = np.stack([np.random.uniform(0.40, 0.50, N_WHEELS),
                      np.random.uniform(10, 13, N_WHEELS),
                      np.random.randint(0, 4, N_WHEELS)], axis=1).astype(np.float32)
    return WetRindReport(), (Tensor(feats),)
