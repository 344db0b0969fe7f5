# case: cognitive diagnosis model stores the question-skill Q-matrix as a COOTensor and multiplies it with student mastery -> unsupported/error or static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseQMatrixDiagnosis(nn.Cell):
    def __init__(self, num_questions=8, num_skills=5):
        super().__init__()
        self.shape = (num_questions, num_skills)

    def construct(self, q_indices, q_values, mastery):
        q_matrix = COOTensor(q_indices, q_values, self.shape)
        dense_q = q_matrix.to_dense()
        required = dense_q.sum(axis=1)
        covered = ops.matmul(mastery, dense_q.T)
        return covered / ops.maximum(required, 1.0)


def make():
    np.random.seed(23)
    rows = np.repeat(np.arange(8), 2)
    cols = np.random.randint(0, 5, (16,))
    idx = np.stack([rows, cols], axis=1).astype(np.int32)
    idx = np.unique(idx, axis=0)
    vals = np.ones((idx.shape[0],), dtype=np.float32)
    mastery = Tensor(np.random.uniform(0, 1, (4, 5)).astype(np.float32))
    return SparseQMatrixDiagnosis(), (Tensor(idx), Tensor(vals), mastery)
