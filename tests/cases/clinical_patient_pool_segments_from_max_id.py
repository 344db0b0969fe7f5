# case: per-patient pooling of encounter embeddings with unsorted_segment_sum whose num_segments is read from the segment ids -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncounterEncoder(nn.Cell):
    def __init__(self, in_dim=9, dim=16):
        super().__init__()
        self.fc = nn.Dense(in_dim, dim)
        self.norm = nn.LayerNorm((dim,))

    def construct(self, x):
        return self.norm(ops.relu(self.fc(x)))


class PatientPooling(nn.Cell):
    def __init__(self, in_dim=9, dim=16, reduce="mean"):
        super().__init__()
        self.encoder = EncounterEncoder(in_dim, dim)
        self.reduce = reduce
        self.head = nn.Dense(dim, 1)

    def construct(self, encounters, patient_ids):
        h = self.encoder(encounters)
        n_patients = patient_ids.max() + 1
        pooled = ops.unsorted_segment_sum(h, patient_ids, n_patients)
        if self.reduce == "mean":
            ones = ops.ones((h.shape[0], 1), ms.float32)
            counts = ops.unsorted_segment_sum(ones, patient_ids, n_patients)
            pooled = pooled / counts.clip(1.0, None)
        return self.head(pooled).squeeze(-1)


def make():
    np.random.seed(10)
    enc = Tensor(np.random.randn(11, 9).astype(np.float32))
    pids = Tensor(np.array([0, 0, 1, 1, 1, 2, 3, 3, 4, 4, 4], np.int32))
    return PatientPooling(), (enc, pids)
