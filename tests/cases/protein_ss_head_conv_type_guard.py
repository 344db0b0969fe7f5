# case: three-state secondary-structure head with 1D convolutions and an isinstance guard for an optional per-residue mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SecondaryStructureHead(nn.Cell):
    def __init__(self, d_model=16, hidden=16, num_states=3, kernel_size=5, dropout=0.1):
        super().__init__()
        self.conv1 = nn.Conv1d(d_model, hidden, kernel_size, pad_mode='same')
        self.conv2 = nn.Conv1d(hidden, num_states, kernel_size, pad_mode='same')
        self.drop = nn.Dropout(p=dropout)

    def construct(self, hidden, residue_mask=None):
        x = hidden.transpose(0, 2, 1)
        x = ops.relu(self.conv1(self.drop(x)))
        logits = self.conv2(x).transpose(0, 2, 1)
        if isinstance(residue_mask, Tensor):
            logits = logits * residue_mask.astype(logits.dtype).expand_dims(-1)
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(36)
    h = Tensor(np.random.randn(2, 15, 16).astype(np.float32))
    mask = np.ones((2, 15), np.bool_)
    mask[1, 11:] = False
    head = SecondaryStructureHead()
    head.set_train(False)
    return head, (h, Tensor(mask))
