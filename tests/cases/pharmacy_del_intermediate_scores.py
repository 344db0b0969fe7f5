# case: free the intermediate interaction matrix with del after pooling it into a per-patient risk score -> graph mode may reject del in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatientInteractionRisk(nn.Cell):
    def __init__(self, n_drugs=12, dim=8):
        super().__init__()
        self.drug_emb = nn.Dense(n_drugs, dim)
        self.head = nn.Dense(dim, 1)

    def construct(self, med_matrix):
        emb = ops.tanh(self.drug_emb(med_matrix))
        inter = ops.matmul(emb.expand_dims(2), emb.expand_dims(1))
        pooled = inter.mean(axis=2)
        del inter
        return ops.sigmoid(self.head(pooled))


def make():
    np.random.seed(181)
    meds = Tensor(np.random.randint(0, 2, (5, 12)).astype(np.float32))
    return PatientInteractionRisk(), (meds,)
