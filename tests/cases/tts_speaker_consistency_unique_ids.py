# case: speaker-consistency loss pools embeddings per distinct speaker in the batch found with ops.unique -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeakerEncoder(nn.Cell):
    def __init__(self, n_mels=8, emb_dim=12):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, emb_dim, batch_first=True)
        self.proj = nn.Dense(emb_dim, emb_dim)

    def construct(self, mel):
        out, _ = self.lstm(mel)
        emb = self.proj(out[:, -1])
        return emb / ops.norm(emb, dim=-1, keepdim=True)


class SpeakerConsistencyLoss(nn.Cell):
    def __init__(self, n_mels=8, emb_dim=12, margin=0.2):
        super().__init__()
        self.encoder = SpeakerEncoder(n_mels, emb_dim)
        self.margin = margin

    def construct(self, mel, speaker_ids):
        emb = self.encoder(mel)
        uniq, inv = ops.unique(speaker_ids)
        n_spk = uniq.shape[0]
        centroids = ops.unsorted_segment_sum(emb, inv, n_spk)
        counts = ops.unsorted_segment_sum(ops.ones_like(emb[:, :1]), inv, n_spk)
        centroids = centroids / counts
        sim = ops.matmul(emb, centroids.T)
        pos = ops.gather_elements(sim, 1, inv.expand_dims(1)).squeeze(1)
        return ops.relu(self.margin - pos).mean()


def make():
    np.random.seed(6)
    mel = Tensor(np.random.randn(5, 6, 8).astype(np.float32))
    spk = Tensor(np.array([3, 1, 3, 7, 1], dtype=np.int32))
    return SpeakerConsistencyLoss(), (mel, spk)
