# case: classifier uses a short context window only when every sequence in the batch is short, decided on tensor data -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LengthBucketedClassifier(nn.Cell):
    def __init__(self, vocab_size=40, hidden=8, num_labels=3, short_len=4):
        super().__init__()
        self.short_len = short_len
        self.embed = nn.Embedding(vocab_size, hidden)
        self.conv = nn.Conv1d(hidden, hidden, kernel_size=3, pad_mode="same")
        self.fc = nn.Dense(hidden, num_labels)

    def select_window(self, x, lengths):
        # x: (B, T, H); cheap path when every sequence fits in short_len
        if lengths.max() <= self.short_len:
            x = x[:, :self.short_len]
        return x

    def encode(self, x):
        y = self.conv(x.transpose(0, 2, 1))
        return ops.relu(y).max(axis=-1)

    def construct(self, input_ids, lengths):
        x = self.embed(input_ids)
        x = self.select_window(x, lengths)
        return self.fc(self.encode(x))


def make():
    np.random.seed(29)
    ids = np.zeros((2, 9), dtype=np.int32)
    ids[0, :3] = np.random.randint(1, 40, 3)
    ids[1, :4] = np.random.randint(1, 40, 4)
    lengths = Tensor(np.array([3, 4], dtype=np.int32))
    return LengthBucketedClassifier(), (Tensor(ids), lengths)
