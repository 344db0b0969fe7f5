# case: loops over visits and appends the vitals of visits where a tensor QTc value exceeds 470 ms to a Python list, then stacks -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class QTcProlongationCollector(nn.Cell):
    def __init__(self, qtc_limit=470.0, n_visits=6):
        super().__init__()
        self.qtc_limit = qtc_limit
        self.n_visits = n_visits

    def construct(self, vitals):
        # vitals: (visits, 3) columns heart rate, QT, QTc
        flagged = []
        for i in range(self.n_visits):
            if vitals[i, 2] > self.qtc_limit:
                flagged.append(vitals[i])
        if len(flagged) == 0:
            return ops.zeros((1, 3), ms.float32)
        return ops.stack(flagged)


def make():
    np.random.seed(15)
    hr = np.random.uniform(55, 100, size=(6, 1))
    qt = np.random.uniform(350, 450, size=(6, 1))
    qtc = np.array([[440.0], [480.0], [455.0], [490.0], [430.0], [472.0]])
    vitals = np.concatenate([hr, qt, qtc], axis=1).astype(np.float32)
    return QTcProlongationCollector(), (Tensor(vitals),)
