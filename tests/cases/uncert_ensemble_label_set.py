# case: ensemble disagreement counts distinct predicted labels per sample by building a Python set of item() values in a loop -> set construction from tensor values in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DisagreementEnsemble(nn.Cell):
    def __init__(self, in_dim=5, num_classes=4, n_members=3):
        super().__init__()
        self.members = nn.CellList([nn.Dense(in_dim, num_classes) for _ in range(n_members)])

    def construct(self, x):
        preds = [m(x).argmax(axis=-1) for m in self.members]
        disagreement = []
        for i in range(x.shape[0]):
            labels_seen = set()
            for p in preds:
                labels_seen.add(p[i].item())
            disagreement.append(len(labels_seen))
        return Tensor(disagreement, ms.int32)


def make():
    np.random.seed(0)
    net = DisagreementEnsemble()
    x = Tensor(np.random.randn(4, 5).astype(np.float32))
    return net, (x,)
